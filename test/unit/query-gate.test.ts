import { QueryGate } from '../../src/store/embedded/query-gate';

/** The gate bounds work in flight even when callers give up. */
test('at most `slots` jobs run at once; a job whose wait times out never starts', async () => {
  const gate = new QueryGate(2);
  let running = 0;
  let peak = 0;
  const started: number[] = [];
  const release: Array<() => void> = [];
  const job = (n: number) => () =>
    new Promise<number>((resolve) => {
      started.push(n);
      running++;
      peak = Math.max(peak, running);
      release.push(() => {
        running--;
        resolve(n);
      });
    });
  const a = gate.run(job(1), 1000, 'a');
  const b = gate.run(job(2), 1000, 'b');
  const c = gate.run(job(3), 20, 'c');
  const d = gate.run(job(4), 1000, 'd');
  await expect(c).rejects.toMatchObject({ code: 'TIMEOUT' });
  expect(started).toEqual([1, 2]);
  release.shift()!();
  expect(await a).toBe(1);
  await new Promise((resolve) => setImmediate(resolve));
  expect(started).toEqual([1, 2, 4]);
  release.forEach((r) => r());
  expect(await Promise.all([b, d])).toEqual([2, 4]);
  expect(peak).toBe(2);
});
