/**
 * A tool, not the product (in diplograph-tools.jar, from src/tools/java): the evaluations run by
 * {@code diplograph eval NAME} on public data (CoNLL-2003, TempEval-3 and MEANTIME, PolNeAR), each an
 * {@link org.diplograph.eval.Evaluation} that returns its figures. Figures in docs/EVALUATION.md.
 */
package org.diplograph.eval;
