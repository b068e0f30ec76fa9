// watchForUpdates over fake registrations: an update waits for the user; a first install offers nothing.
import { pwaStore, watchForUpdates } from './pwa';

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  postMessage = vi.fn();
  finishInstalling() {
    this.state = 'installed';
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  startUpdate(): FakeWorker {
    this.installing = new FakeWorker();
    this.dispatchEvent(new Event('updatefound'));
    return this.installing;
  }
}

function stubServiceWorkerContainer(controlled: boolean) {
  const container = Object.assign(new EventTarget(), { controller: controlled ? {} : null });
  vi.stubGlobal('navigator', { serviceWorker: container });
  vi.stubGlobal('window', { location: { reload: vi.fn() } });
  return container;
}

const asRegistration = (r: FakeRegistration) => r as unknown as ServiceWorkerRegistration;

describe('service worker updates', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    pwaStore.setState({ updateWaiting: false, applyUpdate: () => {} });
  });

  it('offers a new version that finished installing while the app is controlled, and never skips waiting alone', () => {
    stubServiceWorkerContainer(true);
    const registration = new FakeRegistration();
    watchForUpdates(asRegistration(registration));
    const worker = registration.startUpdate();
    expect(pwaStore.getState().updateWaiting).toBe(false);
    worker.finishInstalling();
    expect(pwaStore.getState().updateWaiting).toBe(true);
    expect(worker.postMessage).not.toHaveBeenCalled();
  });

  it('applying the update asks the waiting worker to skip waiting and reloads once it controls the page', () => {
    const container = stubServiceWorkerContainer(true);
    const registration = new FakeRegistration();
    watchForUpdates(asRegistration(registration));
    const worker = registration.startUpdate();
    worker.finishInstalling();
    pwaStore.getState().applyUpdate();
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(window.location.reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(window.location.reload).toHaveBeenCalledTimes(1);
  });

  it('offers a version that was already waiting when the app opened', () => {
    stubServiceWorkerContainer(true);
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    watchForUpdates(asRegistration(registration));
    expect(pwaStore.getState().updateWaiting).toBe(true);
  });

  it('offers nothing on the very first install (no version in control yet)', () => {
    stubServiceWorkerContainer(false);
    const registration = new FakeRegistration();
    watchForUpdates(asRegistration(registration));
    registration.startUpdate().finishInstalling();
    expect(pwaStore.getState().updateWaiting).toBe(false);
  });
});
