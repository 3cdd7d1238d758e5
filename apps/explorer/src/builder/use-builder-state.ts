import { useEffect, useReducer, type Dispatch } from 'react';
import { navigate, useLocation } from '../router/router';
import {
  builderReducer,
  initialBuilderState,
  type BuilderAction,
  type BuilderState,
} from '../rule/builder-reducer';
import { nodeToJson, type RuleJson } from '../rule/rule-tree';
import { decodeRule, encodeRule, RULE_PARAM } from '../rule/rule-url';

/**
 * The builder's reducer state, mirrored into the URL (`?rule=…`) on every edit so that the
 * address is always a shareable link to exactly this rule. A URL changed from outside (back
 * button, a link) loads its rule as an undoable edit.
 */
export function useBuilderState(): [BuilderState, Dispatch<BuilderAction>, RuleJson] {
  const { pathname, search } = useLocation();
  const urlRule = search.get(RULE_PARAM);
  const [state, dispatch] = useReducer(builderReducer, urlRule, (text) =>
    initialBuilderState(decodeRule(text)),
  );
  const rule = nodeToJson(state.root);
  const encoded = encodeRule(rule);

  useEffect(() => {
    if (urlRule === encoded) return;
    const params = new URLSearchParams(window.location.search);
    params.set(RULE_PARAM, encoded);
    navigate(`${pathname}?${params.toString()}`, { replace: true });
    // Only the rule drives the URL; a URL change from outside is handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [encoded]);

  useEffect(() => {
    const onPop = () => {
      const next = decodeRule(new URLSearchParams(window.location.search).get(RULE_PARAM));
      if (next && encodeRule(next) !== encodeRule(nodeToJson(state.root)))
        dispatch({ type: 'load', rule: next });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [state.root]);

  return [state, dispatch, rule];
}
