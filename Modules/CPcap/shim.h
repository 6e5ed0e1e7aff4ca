// libpcap's C API for Swift, and stdio_ext.h for the FILE libpcap reads a capture file
// through (its locking). The shim exists so the module map has one stable header to name
// whatever the distribution's layout.
#ifndef WHARFINGER_CPCAP_SHIM_H
#define WHARFINGER_CPCAP_SHIM_H
#include <pcap/pcap.h>
#include <stdio_ext.h>
#endif
