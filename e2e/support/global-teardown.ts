import { deleteRunTopics } from './run-topics';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__PB_PLATFORM__?.stop();
  if (globalThis.__PB_TOPIC_PREFIX__) await deleteRunTopics(globalThis.__PB_TOPIC_PREFIX__);
}
