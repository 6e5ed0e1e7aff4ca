// libpcap's C API for Swift. pcap.h is all Wharfinger needs; the shim exists so the
// module map has one stable header to name whatever the distribution's layout.
#ifndef WHARFINGER_CPCAP_SHIM_H
#define WHARFINGER_CPCAP_SHIM_H
#include <pcap/pcap.h>
#endif
