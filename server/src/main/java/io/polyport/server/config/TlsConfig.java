package io.polyport.server.config;

import java.nio.file.Path;

/**
 * The {@code server.tls} section: HTTPS (with HTTP/2) on the server's port. Give either a PEM certificate chain
 * and its PEM private key (PKCS#8, RSA or EC), or a PKCS#12 key store.
 *
 * @param certificate      a PEM file with the certificate chain, leaf first
 * @param privateKey       a PEM file with the private key ({@code BEGIN PRIVATE KEY})
 * @param keystore         a PKCS#12 file holding the key and its chain, instead of the two PEM files
 * @param keystorePassword the key store's password
 * @param redirectFromPort a port on the same host that answers plain HTTP with a redirect to HTTPS; absent: none
 */
public record TlsConfig(Path certificate, Path privateKey, Path keystore, String keystorePassword,
                        Integer redirectFromPort) {
    public TlsConfig {
        boolean pem = certificate != null || privateKey != null;
        if (pem && (certificate == null || privateKey == null)) {
            throw new IllegalArgumentException("server.tls needs both certificate and privateKey");
        }
        if (pem == (keystore != null)) {
            throw new IllegalArgumentException("server.tls needs either certificate and privateKey, or keystore");
        }
    }
}
