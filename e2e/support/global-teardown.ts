export default async function globalTeardown(): Promise<void> {
  await globalThis.__PB_PLATFORM__?.stop();
}
