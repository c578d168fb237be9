import type { Model } from '../types.js';

/**
 * One step from the assembled drafts to the finished model (after quicktype's rewrite passes):
 * a pure function that returns a new model and never changes the one it is given, so passes
 * can run on cached units and be tested alone on a hand-built model.
 */
export interface ModelPass {
  /** One line: what the pass makes true of the model. */
  title: string;
  run(model: Model): Model;
}
