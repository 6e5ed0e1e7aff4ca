import Testing
import WharfingerWire

@Suite struct TimestampTests {
    /// `Timestamp(totalNanoseconds:)` undoes `totalNanoseconds`, before the epoch too.
    @Test(arguments: [Timestamp(seconds: 1_795_219_200, nanoseconds: 123_456_789), Timestamp(seconds: 0, nanoseconds: 0),
                      Timestamp(seconds: -1, nanoseconds: 500_000_000), Timestamp(seconds: -2, nanoseconds: 0)])
    func nanosecondsRoundTrip(time: Timestamp) {
        #expect(Timestamp(totalNanoseconds: time.totalNanoseconds) == time)
    }

    @Test func epochTextKeepsNineDecimals() {
        #expect(Timestamp(totalNanoseconds: 1_500_000_007).epochText == "1.500000007")
    }
}
