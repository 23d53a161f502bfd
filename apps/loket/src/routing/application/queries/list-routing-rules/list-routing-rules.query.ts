export class ListRoutingRulesQuery {}
