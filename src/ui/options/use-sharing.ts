import { useEffect, useState } from 'preact/hooks';
import { readSharingState, type SharingState, watchShared } from '../../storage/computers';

/** This computer's sharing state and the other computers, read from storage and followed as the background writes. */
export function useSharing(): SharingState | null {
  const [state, setState] = useState<SharingState | null>(null);
  useEffect(() => {
    let live = true;
    const read = async () => {
      const next = await readSharingState();
      if (live) setState(next);
    };
    void read();
    const unwatch = watchShared(() => void read());
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return state;
}
