// A fresh enrolment code, for a team member to type or scan: the code in big letters and a QR code of the
// enrolment link on the server's public address (PUBLIC_URL), with the commune and the expiry.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolmentCode } from './admin-client';
import { formatStamp } from './format-stamp';

export function enrolmentUrl(code: string, origin = location.origin): string {
  return `${origin}/enrol?code=${encodeURIComponent(code)}`;
}

export function EnrolmentCodeCard({
  code,
  communeName,
  publicUrl,
}: {
  code: EnrolmentCode;
  communeName: string;
  /** PUBLIC_URL; null falls back to this browser's address (the codes page warns about it). */
  publicUrl: string | null;
}) {
  const { t } = useTranslation(['province', 'common']);
  const [qr, setQr] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const url = enrolmentUrl(code.code, publicUrl ?? location.origin);
  useEffect(() => {
    let live = true;
    // SVG, not a canvas PNG: sharp when printed, and it renders without a canvas (tests, old phones).
    QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(
      (svg) => live && setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => live && setQr(null),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <section className="card enrol-code" aria-labelledby="enrol-code-title">
      <h3 id="enrol-code-title">{t('codes.created', { commune: communeName })}</h3>
      <p className="enrol-code__code" aria-label={t('codes.codeLabel')}>
        {code.code}
      </p>
      {qr && <img className="enrol-code__qr" src={qr} alt={t('codes.qrAlt', { code: code.code })} />}
      <p>{t('codes.expires', { when: formatStamp(code.expiresAt) })}</p>
      <p className="field__hint">{t('codes.howTo', { url })}</p>
      <div className="enrol-code__actions">
        {/* The link goes to the commune by Zalo; the printed card goes on the wall of the commune office. */}
        <button
          type="button"
          className="button"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {t('codes.copyLink')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('codes.print')}
        </button>
      </div>
      {copied && <p role="status">{t('codes.copied')}</p>}
    </section>
  );
}
