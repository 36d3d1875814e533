/**
 * Jingzhun's JSON wire contract (JSON.md) for Jackson 2: {@link io.github.jingzhun.json.JingzhunModule}.
 */
package io.github.jingzhun.json;
