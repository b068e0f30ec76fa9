// Marks data that comes from a sample catalog or demo mode, so no one mistakes it for official data.
export function SampleBadge({ label, title }: { label: string; title?: string }) {
  return (
    <span className="sample-badge" title={title}>
      {label}
    </span>
  );
}
