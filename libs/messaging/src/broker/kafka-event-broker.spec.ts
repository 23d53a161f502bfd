import {
  KafkaJSConnectionError,
  KafkaJSError,
  KafkaJSNonRetriableError,
  KafkaJSNumberOfRetriesExceeded,
  KafkaJSProtocolError,
  KafkaJSRequestTimeoutError,
} from 'kafkajs';
import { permanentRefusal } from './kafka-event-broker';

// The errors as kafkajs' retrier hands them over: a non-retriable cause wrapped once, a retriable
// one wrapped in "retries exceeded" after the last try.
const protocol = (type: string, retriable: boolean) => new KafkaJSProtocolError({ type, retriable, message: `${type} from the broker` } as unknown as Error);
const gaveUpOn = (e: Error) => Object.assign(new KafkaJSNonRetriableError(e), { cause: e });
const retriedOut = (e: Error) => new KafkaJSNumberOfRetriesExceeded(e, { retryCount: 5, retryTime: 1000 } as never);

describe('permanentRefusal (which publish failures park a row)', () => {
  it.each(['MESSAGE_TOO_LARGE', 'INVALID_TOPIC_EXCEPTION', 'RECORD_LIST_TOO_LARGE', 'TOPIC_AUTHORIZATION_FAILED'])('a non-retriable %s from the broker is refused for good', (type) => {
    expect(permanentRefusal(gaveUpOn(protocol(type, false)))).toMatch(new RegExp(`^${type}: `));
    expect(permanentRefusal(protocol(type, false))).toMatch(new RegExp(`^${type}: `));
  });

  it("kafkajs' own checks of a request (an invalid topic, a message without a value) are refused for good", () => {
    expect(permanentRefusal(new KafkaJSNonRetriableError('Invalid topic'))).toBe('Invalid topic');
  });

  it.each([
    ['the broker away after every retry', retriedOut(new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092'))],
    ['a leader moving, retried out', retriedOut(protocol('NOT_LEADER_FOR_PARTITION', true))],
    ['an unknown partition (a topic not created yet)', retriedOut(protocol('UNKNOWN_TOPIC_OR_PARTITION', true))],
    ['a request timeout', new KafkaJSRequestTimeoutError('Request Produce(key: 0, version: 7) timed out')],
    ['a disconnected producer', new KafkaJSError('The producer is disconnected')],
    ['a producer disconnecting', new KafkaJSNonRetriableError("The producer is disconnecting; therefore, it can't safely accept messages anymore")],
    ['a plain error', new Error('socket hang up')],
    ['nothing', undefined],
  ])('%s is worth another try', (_what, err) => {
    expect(permanentRefusal(err)).toBeUndefined();
  });
});
