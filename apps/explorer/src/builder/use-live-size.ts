import { useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { RuleIssue } from '../rule/issue-paths';
import type { RuleJson } from '../rule/rule-tree';
import { RuleCheckQuery } from './builder-queries';

/** How long the rule must stay unchanged before it is counted. */
export const LIVE_SIZE_DEBOUNCE_MS = 100;

/** The exact size of the rule being edited, as the size panel shows it. */
export interface LiveSize {
  /** `checking` while a newer rule than the one counted is on its way. */
  status: 'empty' | 'checking' | 'fresh' | 'invalid' | 'error';
  size: number | null;
  share: number | null;
  population: number | null;
  /** The size counted before this one, for the delta. */
  previousSize: number | null;
  issues: RuleIssue[];
  error: string | null;
  /** The rule (as JSON text) the numbers belong to. */
  countedRule: string | null;
}

const initial: LiveSize = {
  status: 'empty',
  size: null,
  share: null,
  population: null,
  previousSize: null,
  issues: [],
  error: null,
  countedRule: null,
};

/**
 * Validates and counts `rule` on every change, debounced; answers to older rules that arrive
 * after a newer request was sent are dropped, so the number shown always belongs to the
 * rule on screen. `empty` (an `and` without children) is not sent at all.
 */
export function useLiveSize(rule: RuleJson, isEmpty: boolean): LiveSize {
  const client = useClient();
  const [state, setState] = useState<LiveSize>(initial);
  const latest = useRef(0);
  const key = JSON.stringify(rule);

  useEffect(() => {
    const request = ++latest.current;
    if (isEmpty) {
      setState((s) => ({ ...initial, previousSize: s.size ?? s.previousSize }));
      return;
    }
    setState((s) => ({ ...s, status: 'checking' }));
    const timer = setTimeout(() => {
      void client
        .query(RuleCheckQuery, { rule: JSON.parse(key) as RuleJson })
        .toPromise()
        .then(({ data, error }) => {
          if (request !== latest.current) return;
          setState((s) => {
            const previousSize = s.size ?? s.previousSize;
            if (error || !data) {
              return {
                ...s,
                status: 'error',
                error: error?.message ?? 'no answer',
                countedRule: key,
              };
            }
            const issues = data.validateRule.issues;
            const size = data.segmentSize.__typename === 'SegmentSize' ? data.segmentSize : null;
            if (!size || !data.validateRule.valid) {
              return { ...initial, status: 'invalid', issues, previousSize, countedRule: key };
            }
            return {
              status: 'fresh',
              size: size.size,
              share: size.share,
              population: size.population,
              previousSize,
              issues: [],
              error: null,
              countedRule: key,
            };
          });
        });
    }, LIVE_SIZE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [client, key, isEmpty]);

  return state;
}
