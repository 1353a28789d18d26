/** The run report: what one import run did, as data and as a page a person reads. Plain Java. */
package org.baoku.report;
