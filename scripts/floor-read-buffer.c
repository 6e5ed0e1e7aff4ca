/*
 * The floor with Wharfinger's read buffer: scripts/bench.sh builds ../shared/bench/floor.c
 * with -Dpcap_open_offline=open_offline_with_read_buffer and links this file, so the
 * floor reads its file through the same 128 KiB stdio buffer Wharfinger gives libpcap
 * (stdio's default is 4 KiB, a read(2) per 4 KiB). The table then shows how much of
 * Wharfinger's margin over the plain floor is that buffer alone.
 */
#include <pcap/pcap.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>

pcap_t *open_offline_with_read_buffer(const char *path, char *err)
{
    static char buffer[1 << 17];
    FILE *file = fopen(path, "rb");
    if (!file) {
        snprintf(err, PCAP_ERRBUF_SIZE, "%s: %s", path, strerror(errno));
        return NULL;
    }
    setvbuf(file, buffer, _IOFBF, sizeof buffer);
    pcap_t *p = pcap_fopen_offline(file, err);
    if (!p) fclose(file);
    return p;
}
