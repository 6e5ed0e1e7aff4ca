/// The interfaces of the pcapng files read by the pcapng block reader (files whose
/// interfaces differ in link type or snap length, which libpcap refuses): one row per
/// interface with its frames. Empty, and absent from every report, when libpcap read
/// every file.
public struct InterfaceSummary {
    public struct Row {
        public var source: String
        /// The interface's number in its file (across sections).
        public var index: Int
        public var name: String?
        /// libpcap's name for the link type, e.g. EN10MB.
        public var linkType: String
        public var linkTypeValue: Int32
        public var snapLength: UInt32
        public var frames: UInt64

        public init(source: String, index: Int, name: String?, linkType: String, linkTypeValue: Int32,
                    snapLength: UInt32, frames: UInt64) {
            self.source = source
            self.index = index
            self.name = name
            self.linkType = linkType
            self.linkTypeValue = linkTypeValue
            self.snapLength = snapLength
            self.frames = frames
        }
    }

    public private(set) var rows: [Row] = []

    public init() {}

    public mutating func add(_ row: Row) { rows.append(row) }

    /// `mixed.pcapng interface 1 (any): LINUX_SLL (113), snap length 262144, 12 frames`
    public var textLines: [String] {
        guard !rows.isEmpty else { return [] }
        return ["Interfaces (pcapng read without libpcap)"] + rows.map { row in
            let name = row.name.map { " (\($0))" } ?? ""
            return "  \(row.source) interface \(row.index)\(name): \(row.linkType) (\(row.linkTypeValue)), "
                + "snap length \(row.snapLength), \(row.frames) frames"
        }
    }

    /// `"interfaces": [...]`, written only when there are rows.
    public func writeJSON(into json: inout JSONWriter) {
        guard !rows.isEmpty else { return }
        json.key("interfaces")
        json.beginArray()
        for row in rows {
            json.beginObject()
            json.key("file"); json.string(row.source)
            json.key("interface"); json.number(row.index)
            if let name = row.name { json.key("name"); json.string(name) }
            json.key("link_type"); json.string(row.linkType)
            json.key("link_type_value"); json.number(row.linkTypeValue)
            json.key("snap_length"); json.number(row.snapLength)
            json.key("frames"); json.number(row.frames)
            json.endObject()
        }
        json.endArray()
    }
}
