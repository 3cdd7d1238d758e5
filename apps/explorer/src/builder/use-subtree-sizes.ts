import { useEffect, useMemo, useState } from 'react';
import { useClient } from 'urql';
import { subtreeKeys } from '../rule/rule-key';
import type { GroupNode, RuleJson } from '../rule/rule-tree';
import { SubtreeSizesQuery } from './builder-queries';
import { SubtreeSizeCache, type SubtreeSize } from './subtree-size-cache';

/** How long the rule must stay unchanged before its parts are counted (after the live size). */
export const SUBTREE_SIZES_DEBOUNCE_MS = 250;

/** Counts older than this are asked again. */
export const SUBTREE_SIZE_MAX_AGE_MS = 60_000;

/** The API's limit of rules in one `segmentSizes` field (one pass of the profiles). */
export const SIZES_PER_REQUEST = 20;

/**
 * The exact size of every node below the root, by node id, for the inline counts. After each
 * edit, the parts whose rule is not known yet (usually the edited node and its ancestors) are
 * counted together in one `segmentSizes` request; unchanged parts come from the cache. Only a
 * rule with more than `SIZES_PER_REQUEST` new parts (opening a large segment) takes more than
 * one request.
 */
export function useSubtreeSizes(root: GroupNode): ReadonlyMap<string, SubtreeSize> {
  const client = useClient();
  const [cache] = useState(() => new SubtreeSizeCache(SUBTREE_SIZE_MAX_AGE_MS));
  const [answers, setAnswers] = useState(0);
  const keys = useMemo(() => subtreeKeys(root), [root]);
  const wanted = [...new Set(keys.values())].join('\n');

  useEffect(() => {
    if (wanted === '') return;
    const timer = setTimeout(() => {
      const missing = cache.missing(wanted.split('\n'), Date.now());
      for (let start = 0; start < missing.length; start += SIZES_PER_REQUEST) {
        const chunk = missing.slice(start, start + SIZES_PER_REQUEST);
        const request = cache.ask(chunk);
        const segments = chunk.map((key) => ({ rule: JSON.parse(key) as RuleJson }));
        void client
          .query(SubtreeSizesQuery, { segments }, { requestPolicy: 'network-only' })
          .toPromise()
          .then(({ data }) => {
            cache.settle(chunk, data?.segmentSizes ?? null, request, Date.now());
            setAnswers((n) => n + 1);
          });
      }
    }, SUBTREE_SIZES_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [client, cache, wanted]);

  return useMemo(
    () => new Map([...keys].map(([id, key]) => [id, cache.get(key)])),
    // `answers` changes whenever the cache learned something.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [keys, cache, answers],
  );
}
