/**
 * The converter that builds the bundled office-holder tables from public sources ({@link
 * org.diplograph.knowledge.build.BuildKnowledgeCommand}, {@code diplograph build-knowledge}); a tool of the
 * project, in diplograph-tools.jar and not in the product.
 * Each source has its reader ({@link org.diplograph.knowledge.build.Factbook}, {@link
 * org.diplograph.knowledge.build.Pocom}, {@link org.diplograph.knowledge.build.IfgMinisters}, {@link
 * org.diplograph.knowledge.build.Visits}, {@link org.diplograph.knowledge.build.Phoenix}, {@link
 * org.diplograph.knowledge.build.CountryInfo}, the curated supplement) giving {@link
 * org.diplograph.knowledge.build.SourceRow}s; {@link org.diplograph.knowledge.build.Merger} settles who is who
 * across them and which rows say something the others do not.
 */
package org.diplograph.knowledge.build;
