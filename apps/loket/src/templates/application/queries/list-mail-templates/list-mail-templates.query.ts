export class ListMailTemplatesQuery {}
