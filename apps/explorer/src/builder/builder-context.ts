import { createContext, useContext, type Dispatch, type RefObject } from 'react';
import type { Catalog } from '../catalog/use-catalog';
import type { BuilderAction } from '../rule/builder-reducer';
import type { NodeIssue } from '../rule/issue-paths';
import type { SubtreeSize } from './subtree-size-cache';

/** A saved segment as the builder offers it in "member of segment". */
export interface SegmentOption {
  id: string;
  name: string;
}

/** What every node of the builder needs: the dispatcher, the catalog, issues, sizes, drag state. */
export interface BuilderContextValue {
  dispatch: Dispatch<BuilderAction>;
  catalog: Catalog;
  segments: readonly SegmentOption[];
  issues: ReadonlyMap<string, NodeIssue[]>;
  rootId: string;
  /** The exact size of each node below the root, by node id. */
  subtreeSizes: ReadonlyMap<string, SubtreeSize>;
  /** Id of the node being dragged, if any, for drawing the drag (hints, the dimmed node). */
  draggedId: string | null;
  setDraggedId: (id: string | null) => void;
  /**
   * The same id, set the moment the drag starts: drop targets ask it in `dragover`, which can
   * come before React has drawn the new `draggedId`.
   */
  dragging: RefObject<string | null>;
  /** Where the dragged node would land if dropped now (`groupId:index`), for the drop marker. */
  dropTarget: string | null;
  setDropTarget: (target: string | null) => void;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

/** The builder's shared state; only inside `<BuilderContext.Provider>`. */
export function useBuilder(): BuilderContextValue {
  const value = useContext(BuilderContext);
  if (!value) throw new Error('useBuilder outside the segment builder');
  return value;
}
