/**
 * The report's command line, through picocli (an optional dependency): not exported, opened to
 * picocli only. {@link org.citygdp.data.ClubReport#main} runs it.
 */
@NullMarked
package org.citygdp.data.cli;

import org.jspecify.annotations.NullMarked;
