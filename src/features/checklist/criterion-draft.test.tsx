// Component tests of unsaved criterion edits: kept as a draft that survives the app being closed,
// offered back on return, and inline errors that follow the typing.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { checklistRoutes } from './routes';
import { SUOI_CHAI } from '@tests/doubles/checklist-fixtures';

const open = async (lang: 'vi' | 'en' = 'vi') => {
  await renderRoutes(checklistRoutes, '/checklist', { lang });
  await screen.findByRole('heading', { level: 1 });
};

describe('criterion drafts and inline errors', () => {
  it('keeps typed figures as a draft until they are saved, then drops the draft', async () => {
    const db = await freshSession();
    await open();
    const wifi = screen.getByRole('region', { name: 'Có Wi-Fi miễn phí tại nhà văn hóa' });
    await userEvent.type(within(wifi).getByLabelText('Ghi chú, minh chứng'), 'Bộ phát ở nhà văn hóa');
    const key = `checklist:${SUOI_CHAI}:wifi`;
    await waitFor(async () =>
      expect((await db.drafts.get(key))?.value).toMatchObject({ note: 'Bộ phát ở nhà văn hóa' }),
    );
    await userEvent.click(within(wifi).getByRole('button', { name: 'Lưu số liệu và ghi chú' }));
    await within(wifi).findByText('Đã lưu');
    await waitFor(async () => expect(await db.drafts.get(key)).toBeUndefined());
  });

  it('offers a stored draft back and restores its figures', async () => {
    const db = await freshSession();
    await db.drafts.put({
      key: `checklist:${SUOI_CHAI}:fibre`,
      value: { numerator: 70, denominator: 86, note: 'Theo sổ của trưởng thôn' },
      savedAt: Date.now(),
    });
    await open();
    const fibre = screen.getByRole('region', { name: 'Tỷ lệ hộ có cáp quang' });
    expect(await within(fibre).findByText(/Có bản nháp chưa lưu/)).toBeInTheDocument();
    await userEvent.click(within(fibre).getByRole('button', { name: 'Dùng lại bản nháp' }));
    expect(within(fibre).getByLabelText('Số hộ có cáp quang (tử số)')).toHaveValue(70);
    expect(within(fibre).getByLabelText('Ghi chú, minh chứng')).toHaveValue('Theo sổ của trưởng thôn');
    expect(within(fibre).getByText('Đạt ngưỡng 80%')).toBeInTheDocument();
    expect(await db.checklistProgress.count()).toBe(0);
  });

  it('drops the draft offer once the criterion is saved, without a reload', async () => {
    const db = await freshSession();
    await db.drafts.put({
      key: `checklist:${SUOI_CHAI}:wifi`,
      value: { numerator: null, denominator: null, note: 'Bản cũ' },
      savedAt: Date.now(),
    });
    await open();
    const wifi = screen.getByRole('region', { name: 'Có Wi-Fi miễn phí tại nhà văn hóa' });
    expect(await within(wifi).findByText(/Có bản nháp chưa lưu/)).toBeInTheDocument();
    await userEvent.type(within(wifi).getByLabelText('Ghi chú, minh chứng'), 'Bộ phát mới');
    await userEvent.click(within(wifi).getByRole('button', { name: 'Lưu số liệu và ghi chú' }));
    await within(wifi).findByText('Đã lưu');
    expect(within(wifi).queryByText(/Có bản nháp chưa lưu/)).not.toBeInTheDocument();
    expect(within(wifi).queryByRole('button', { name: 'Dùng lại bản nháp' })).not.toBeInTheDocument();
  });

  it('says live, as the figures are typed, what the ratio still needs or why it cannot be right', async () => {
    await freshSession();
    await open();
    const fibre = screen.getByRole('region', { name: 'Tỷ lệ hộ có cáp quang' });
    expect(within(fibre).getByText('Nhập tử số và mẫu số để tính tỷ lệ.')).toBeInTheDocument();
    await userEvent.type(within(fibre).getByLabelText('Số hộ có cáp quang (tử số)'), '90');
    await userEvent.type(within(fibre).getByLabelText('Số hộ (mẫu số)'), '86');
    expect(within(fibre).getByText('Tử số (90) lớn hơn mẫu số (86): hãy kiểm tra lại.')).toBeInTheDocument();
    expect(within(fibre).queryByText('Nhập tử số và mẫu số để tính tỷ lệ.')).not.toBeInTheDocument();
  });

  it('shows the note limit as a counter and says by how much a note is too long, without cutting it', async () => {
    await freshSession();
    await open();
    const wifi = screen.getByRole('region', { name: 'Có Wi-Fi miễn phí tại nhà văn hóa' });
    const note = within(wifi).getByLabelText('Ghi chú, minh chứng');
    expect(note).toHaveAccessibleDescription('0/2.000 ký tự');
    expect(note).not.toHaveAttribute('maxlength');
    await userEvent.click(note);
    await userEvent.paste('a'.repeat(2005));
    expect(note).toHaveValue('a'.repeat(2005));
    expect(within(wifi).getByText('Dài quá giới hạn 2.000 ký tự: hãy bớt 5 ký tự.')).toBeInTheDocument();
  });

  it('clears the numerator error as soon as the figures are corrected', async () => {
    await freshSession();
    await open();
    const fibre = screen.getByRole('region', { name: 'Tỷ lệ hộ có cáp quang' });
    const numerator = within(fibre).getByLabelText('Số hộ có cáp quang (tử số)');
    await userEvent.type(numerator, '90');
    await userEvent.type(within(fibre).getByLabelText('Số hộ (mẫu số)'), '86');
    await userEvent.click(within(fibre).getByRole('button', { name: 'Lưu số liệu và ghi chú' }));
    expect(await within(fibre).findByText('Tử số không được lớn hơn mẫu số.')).toBeInTheDocument();
    await userEvent.clear(numerator);
    await userEvent.type(numerator, '80');
    expect(within(fibre).queryByText('Tử số không được lớn hơn mẫu số.')).not.toBeInTheDocument();
  });

  it('reads in English when English is chosen', async () => {
    await freshSession();
    await open('en');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Digital village — Thôn Suối Chải' }),
    ).toBeInTheDocument();
    const fibre = screen.getByRole('region', { name: 'Share of households with fibre' });
    expect(within(fibre).getByRole('button', { name: 'Met' })).toBeInTheDocument();
    expect(within(fibre).getByLabelText('Households with fibre (numerator)')).toBeInTheDocument();
  });
});
