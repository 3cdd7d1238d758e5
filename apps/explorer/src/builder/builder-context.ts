import { createContext, useContext, type Dispatch } from 'react';
import type { Catalog } from '../catalog/use-catalog';
import type { BuilderAction } from '../rule/builder-reducer';
import type { NodeIssue } from '../rule/issue-paths';

/** A saved segment as the builder offers it in "member of segment". */
export interface SegmentOption {
  id: string;
  name: string;
}

/** What every node of the builder needs: the dispatcher, the catalog, issues, drag state. */
export interface BuilderContextValue {
  dispatch: Dispatch<BuilderAction>;
  catalog: Catalog;
  segments: readonly SegmentOption[];
  issues: ReadonlyMap<string, NodeIssue[]>;
  rootId: string;
  /** Id of the node being dragged, if any. */
  draggedId: string | null;
  setDraggedId: (id: string | null) => void;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

/** The builder's shared state; only inside `<BuilderContext.Provider>`. */
export function useBuilder(): BuilderContextValue {
  const value = useContext(BuilderContext);
  if (!value) throw new Error('useBuilder outside the segment builder');
  return value;
}
