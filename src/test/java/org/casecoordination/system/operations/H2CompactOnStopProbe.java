package org.casecoordination.system.operations;

/** Run by {@link H2CompactOnStopTests} in a process of its own, which the test kills while it compacts. */
public final class H2CompactOnStopProbe {

    public static void main(String[] args) throws Exception {
        System.out.println("compacting");
        System.out.flush();
        var result = H2CompactOnStop.compact(args[0], "sa", "");
        System.out.println("compacted " + result.orElseThrow().took().toMillis());
        System.out.flush();
    }

    private H2CompactOnStopProbe() {
    }
}
