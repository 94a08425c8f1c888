package org.g5sahel.pcms.bench.measure;

import java.io.IOException;
import org.g5sahel.pcms.bench.Platform;
import org.g5sahel.pcms.bench.Results;
import org.g5sahel.pcms.bench.Scale;
import org.g5sahel.pcms.bench.data.Names;
import org.g5sahel.pcms.bench.load.LoadGenerator;

/** What every measure works with: the instance, the scale, the results being written and the load generator. */
public final class BenchContext {

    private final Platform platform;
    private final Scale scale;
    private final Results results;
    private final LoadGenerator load;
    private Names names;

    public BenchContext(Platform platform, Scale scale, Results results, LoadGenerator load) {
        this.platform = platform;
        this.scale = scale;
        this.results = results;
        this.load = load;
    }

    public Platform platform() {
        return platform;
    }

    public Scale scale() {
        return scale;
    }

    public Results results() {
        return results;
    }

    public LoadGenerator load() {
        return load;
    }

    public synchronized Names names() throws IOException {
        if (names == null) {
            names = Names.load(platform.root());
        }
        return names;
    }
}
