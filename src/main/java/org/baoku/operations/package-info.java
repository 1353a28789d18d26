/** Running baoku in production: recovery at start-up, and (later) scheduling and metrics. */
package org.baoku.operations;
