/** Examples under a command's help: what people copy first. */
export const examples = (...lines: string[]): string =>
  `\nExamples:\n${lines.map((line) => `  ${line}`).join('\n')}\n`;

/** The rule syntax, shown under every command that takes `--rule-expr`. */
export const RULE_HELP = `
Rules:
  --rule FILE          a rule as JSON (see the README's "Segment rules"), or the JSON itself: --rule '{"reachable":{"channel":"email"}}'
  --rule-expr TEXT     the same rule in a compact form, e.g.
                         age between 18 and 34 and region in (BY, BW) and interest(climate) >= 0.6
                         reachable(email) and not event(purchase, 30d) >= 1
                         score(churn) > 0.7 or (member = true and city = "Bad Tölz")
                       attributes: =  !=  <  <=  >  >=  in (…)  not in (…)  between A and B  exists  missing  contains  startsWith
                       also: interest(TOPIC) >= A   event(TYPE, DAYSd) >= N | <= N | = N | between N and M
                             score(MODEL) > X   reachable(CHANNEL)   segment(ID)
                       not binds tighter than and, and tighter than or; quote text with spaces or that looks like a number.
`;
