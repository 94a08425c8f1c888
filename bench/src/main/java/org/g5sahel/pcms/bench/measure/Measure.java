package org.g5sahel.pcms.bench.measure;

/** One measure of issue 11: it loads what it needs (idempotently), then measures and reports rows. */
public interface Measure {

    /** The name a run is asked for on the command line, e.g. {@code gateway}. */
    String name();

    /** Loads the data the measure needs; a second call finds it loaded and returns quickly. */
    default void prepare(BenchContext context) throws Exception {}

    void run(BenchContext context) throws Exception;
}
