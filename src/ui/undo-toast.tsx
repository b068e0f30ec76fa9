// A short-lived message with an action, e.g. "Đã xóa — Hoàn tác" after a delete.
import { useEffect } from 'react';

export interface UndoToastProps {
  message: string;
  actionLabel: string;
  onAction: () => void;
  onClose: () => void;
  timeoutMs?: number;
}

export function UndoToast({ message, actionLabel, onAction, onClose, timeoutMs = 8000 }: UndoToastProps) {
  useEffect(() => {
    const timer = setTimeout(onClose, timeoutMs);
    return () => clearTimeout(timer);
  }, [onClose, timeoutMs]);
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      <button type="button" className="button" onClick={onAction}>
        {actionLabel}
      </button>
    </div>
  );
}
