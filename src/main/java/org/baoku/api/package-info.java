/** The REST API under {@code /baoku/api}: start import runs and read what they did. */
package org.baoku.api;
