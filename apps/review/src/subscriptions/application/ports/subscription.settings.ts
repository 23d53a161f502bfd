/** What the subscription use cases need of the configuration. */
export abstract class SubscriptionSettings {
  abstract readonly pseudonymSecret: string;
  /** The portal's public origin, for the links in mails. */
  abstract readonly publicBaseUrl: string;
}
