/** How a need asks, in one sentence a band secretary understands. */
export interface NeedShape {
  strategy: string;
  quantity: number;
  maxRecipients: number | null;
  responseTimeHours: number;
}

type Translate = (key: string, vars?: Record<string, unknown>) => string;

export function strategySentence(t: Translate, n: NeedShape): string {
  const vars = { quantity: n.quantity, hours: n.responseTimeHours, max: n.maxRecipients };
  switch (n.strategy) {
    case 'sequential':
      return t('strategy.sequential', vars);
    case 'parallel':
      return t('strategy.parallel', vars);
    case 'first_come':
      return n.maxRecipients ? t('strategy.firstComeMax', vars) : t('strategy.firstComeAll', vars);
    default:
      return n.strategy;
  }
}
