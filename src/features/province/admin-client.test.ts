import { ADMIN_API } from '@/protocol/admin-messages';
import { createAdminClient } from './admin-client';
import { AdminApiError } from './admin-error';
import { reply, stubAdminApi, unitsCatalog } from '@tests/doubles/fake-admin-api';

afterEach(() => vi.unstubAllGlobals());

describe('admin client', () => {
  it('sends the Bearer token and unwraps list responses', async () => {
    const calls = stubAdminApi({
      'GET /devices': () => ({
        devices: [
          {
            deviceId: 'd1',
            name: 'Máy 1',
            communeId: null,
            enrolledAt: 1,
            lastSyncAt: null,
            lastAppliedSeq: 0,
            revokedAt: null,
          },
        ],
      }),
    });
    const devices = await createAdminClient({ token: 'abc' }).devices();
    expect(devices.map((d) => d.deviceId)).toEqual(['d1']);
    expect(calls[0]?.authorization).toBe('Bearer abc');
    expect(calls[0]?.path).toBe(ADMIN_API.devices.replace('/api/v1/admin', ''));
  });

  it('refuses a response that does not match the protocol schema', async () => {
    stubAdminApi({ 'GET /overview': () => ({ communes: [{ communeId: 'x' }] }) });
    await expect(createAdminClient({ token: 't' }).overview()).rejects.toMatchObject({
      failure: 'badResponse',
    });
  });

  it('turns a 401 on sign-in into bad credentials, and elsewhere into an expired session', async () => {
    const expired = vi.fn();
    stubAdminApi({
      'POST /login': () => reply(401, { error: 'bad_credentials', reason: 'errors.signIn' }),
      'GET /catalogs': () => reply(401, { error: 'unauthorized', reason: 'errors.signIn' }),
    });
    const client = createAdminClient({ token: 't', onSessionExpired: expired });
    await expect(client.login('a', 'b')).rejects.toMatchObject({ failure: 'badCredentials', status: 401 });
    expect(expired).not.toHaveBeenCalled();
    await expect(client.catalogs()).rejects.toMatchObject({ failure: 'sessionExpired' });
    expect(expired).toHaveBeenCalledOnce();
  });

  it('keeps the line-numbered problems of a refused CSV', async () => {
    stubAdminApi({
      'POST /admin-units': () =>
        reply(400, {
          error: 'invalid_csv',
          reason: 'errors.csv',
          detail: 'line 2: no villages',
          lines: [{ line: 2, message: 'no villages' }],
        }),
    });
    const err = await createAdminClient({ token: 't' })
      .importAdminUnits({ csv: 'x', version: '1' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AdminApiError);
    expect((err as AdminApiError).lines).toEqual([{ line: 2, message: 'no villages' }]);
  });

  it('reads line numbers from the detail when no list is given', async () => {
    stubAdminApi({
      'POST /admin-units': () =>
        reply(400, { error: 'invalid_csv', reason: 'errors.csv', detail: 'line 2: a; line 5: b' }),
    });
    const err = (await createAdminClient({ token: 't' })
      .importAdminUnits({ csv: 'x', version: '1' })
      .catch((e: unknown) => e)) as AdminApiError;
    expect(err.lines).toEqual([
      { line: 2, message: 'a' },
      { line: 5, message: 'b' },
    ]);
  });

  it('lists communes with their villages from the current administrative-units catalog', async () => {
    stubAdminApi({
      'GET /catalogs/adminUnits/current': () =>
        unitsCatalog([{ id: 'bat-xat', name: 'Bát Xát', kind: 'xa', villages: ['Suối Chải', 'Tả Van'] }]),
    });
    const [commune] = await createAdminClient({ token: 't' }).communes();
    expect(commune).toMatchObject({ id: 'bat-xat', name: 'Bát Xát', kind: 'xa', villageCount: 2 });
    expect(commune?.villages.map((v) => v.name)).toEqual(['Suối Chải', 'Tả Van']);
  });

  it('lists no communes before any administrative units are loaded', async () => {
    stubAdminApi({});
    await expect(createAdminClient({ token: 't' }).communes()).resolves.toEqual([]);
  });

  it('names a catalog version published twice precisely, whatever the status says', async () => {
    stubAdminApi({
      'POST /catalogs': () => reply(409, { error: 'version_exists', reason: 'errors.versionExists' }),
    });
    const err = await createAdminClient({ token: 't' })
      .publishCatalog({ kind: 'helpKinds', version: '1', sample: false, source: '', data: {} })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ failure: 'versionExists', code: 'version_exists', status: 409 });
  });

  it('says "network" when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('fetch failed')));
    await expect(createAdminClient().login('a', 'b')).rejects.toMatchObject({ failure: 'network' });
  });
});
