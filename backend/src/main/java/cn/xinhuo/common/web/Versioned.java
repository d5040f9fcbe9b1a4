package cn.xinhuo.common.web;

/** A read model whose version is sent as its ETag. */
public interface Versioned {
    long version();
}
