export class GetTrendsQuery {}
