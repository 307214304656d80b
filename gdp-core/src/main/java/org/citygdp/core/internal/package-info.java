/**
 * Helpers shared by the domain and the API: argument checks, edit distance, plain-text tables.
 * Not exported by the module and not part of the API; depends on nothing else in citygdp.
 */
@NullMarked
package org.citygdp.core.internal;

import org.jspecify.annotations.NullMarked;
