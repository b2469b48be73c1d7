/**
 * Knowledge of office holders: who held which public office, for which country or organization, from when to
 * when. {@link org.diplograph.knowledge.OfficeHolders} loads the bundled table ({@code data/knowledge/}) and any
 * user tables in the same CSV format ({@link org.diplograph.knowledge.KnowledgeCsv}, documented in
 * docs/KNOWLEDGE.md) and answers two questions on a date: which persons fit a name, and who held an office.
 * Names are compared in one normal form ({@link org.diplograph.knowledge.PersonNames}). The table is built from
 * public sources by the tool {@code diplograph build-knowledge} ({@code org.diplograph.knowledge.build} in
 * src/tools), not by the product.
 */
package org.diplograph.knowledge;
