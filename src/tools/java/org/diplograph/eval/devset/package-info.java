/**
 * A tool, not the product (diplograph-tools.jar): the evaluations {@code devset-tune} and {@code devset-blind}
 * against the hand-annotated development set of {@code src/test/resources/eval/devset/} (officials, identities,
 * meetings, statements, country relations), with the gold's reader and the scoring of one article; and
 * {@code devset-agreement}, the second annotations of {@code devset/agreement/} scored against the first with the
 * same notions of right (inter-annotator agreement, no extraction). Internal to
 * {@code eval}, which lists them.
 */
package org.diplograph.eval.devset;
