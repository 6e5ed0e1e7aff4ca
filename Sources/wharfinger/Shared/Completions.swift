import WharfingerCapture

// What the shell completions (`wharfinger --generate-completion-script bash|zsh|fish`) offer
// beyond what an option's type gives them. They change no parsing.

/// The names capture files go by, offered for `read FILE...` and `live -w`; directories are
/// offered too, and any other name can still be typed.
let captureFileExtensions = ["pcap", "pcapng", "cap"]

/// The devices libpcap can capture on, for `live -i`: the names `wharfinger interfaces` lists.
/// Run by the shell's completion through the installed binary; none when libpcap lists none.
@Sendable func captureDeviceNames() -> [String] {
    (try? CaptureDevice.all())?.map(\.name) ?? []
}
