export class GetRoutingRuleQuery {
  constructor(readonly id: string) {}
}
