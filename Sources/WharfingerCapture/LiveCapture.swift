import CPcap
import Glibc

/// How a device is opened for a live capture.
public struct LiveOptions: Sendable {
    /// Bytes kept of each frame. 256 holds Ethernet with two VLAN tags, IPv6 with extension
    /// headers, TCP with options and the first ~100 bytes of payload the signatures read.
    public var snapLength: Int32 = LiveOptions.defaultSnapLength
    /// The kernel's ring buffer in KiB (tcpdump's -B). 8 MiB absorbs bursts of tens of
    /// thousands of frames at the default snap length.
    public var bufferKiB: Int32 = LiveOptions.defaultBufferKiB
    public var promiscuous = true
    /// How long the kernel may hold frames back to batch them, in milliseconds.
    public var batchMilliseconds: Int32 = 100

    public static let defaultSnapLength: Int32 = 256
    public static let defaultBufferKiB: Int32 = 8 * 1024

    public init() {}
}

/// A live session and what `pcap_activate` warned about, if anything.
public struct OpenedDevice {
    public let session: CaptureSession
    /// A positive `pcap_activate` status as one line (e.g. promiscuous mode not supported).
    public let warning: String?
}

extension CaptureSession {
    /// Opens a device with `pcap_create` + `pcap_activate`, then makes it non-blocking:
    /// `waitForFrames(milliseconds:)` waits with a bound, so a run with no traffic still
    /// notices its duration, its refresh interval and `breakLoop`.
    public static func openDevice(_ device: String, options: LiveOptions = LiveOptions()) throws(CaptureError) -> OpenedDevice {
        let (created, createDetail) = withErrorBuffer { pcap_create(device, $0) }
        guard let handle = created else { throw .liveFailed(device: device, detail: createDetail) }
        let session = CaptureSession(handle: handle, source: device, isLive: true)
        // Setters before activation only fail on an activated handle; the values are checked
        // by the command line.
        pcap_set_snaplen(handle, options.snapLength)
        pcap_set_promisc(handle, options.promiscuous ? 1 : 0)
        pcap_set_timeout(handle, options.batchMilliseconds)
        pcap_set_buffer_size(handle, options.bufferKiB &* 1024)
        // The dispatch callback reads tv_usec as nanoseconds.
        if pcap_set_tstamp_precision(handle, Int32(PCAP_TSTAMP_PRECISION_NANO)) != 0 {
            throw .liveFailed(device: device, detail: "nanosecond time stamps are not supported")
        }
        let status = pcap_activate(handle)
        if status < 0 { throw activationError(status, device: device, detail: session.lastError) }
        let warning = status > 0 ? activationWarning(status, detail: session.lastError) : nil
        let (nonblock, detail) = withErrorBuffer { pcap_setnonblock(handle, 1, $0) }
        guard nonblock == 0 else { throw .liveFailed(device: device, detail: detail) }
        guard pcap_get_selectable_fd(handle) >= 0 else {
            throw .liveFailed(device: device, detail: "the device has no selectable descriptor")
        }
        return OpenedDevice(session: session, warning: warning)
    }

    /// Waits until frames may be ready, at most `milliseconds`. A signal ends the wait early.
    public func waitForFrames(milliseconds: Int32) {
        var poller = pollfd(fd: pcap_get_selectable_fd(handle), events: Int16(POLLIN), revents: 0)
        _ = poll(&poller, 1, max(0, milliseconds))
    }

    /// The snap length libpcap settled on.
    public var snapLength: Int32 { pcap_snapshot(handle) }

    static func activationError(_ status: Int32, device: String, detail: String) -> CaptureError {
        let text = detail.isEmpty ? String(cString: pcap_statustostr(status)) : detail
        switch status {
        case PCAP_ERROR_NO_SUCH_DEVICE:
            return .unknownInterface(name: device, detail: text)
        case PCAP_ERROR_PERM_DENIED, PCAP_ERROR_PROMISC_PERM_DENIED:
            return .capturePermission(device: device, detail: text)
        default:
            // A generic PCAP_ERROR carries errno's text: EPERM and EACCES are permission.
            if text.contains("Operation not permitted") || text.contains("Permission denied") {
                return .capturePermission(device: device, detail: text)
            }
            return .liveFailed(device: device, detail: text)
        }
    }

    static func activationWarning(_ status: Int32, detail: String) -> String {
        let name = String(cString: pcap_statustostr(status))
        return detail.isEmpty ? name : "\(name): \(detail)"
    }
}
