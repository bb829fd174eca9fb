import Testing
import WastRunner

/// Minimal forms of defects that differential fuzzing found (the module it found is replayed by
/// ReproducerTests too). Each script first fills the value stack with junk, so that a slot the
/// translated code forgot to write shows.
@Suite("Differential fuzzing regressions")
struct FuzzRegressionTests {
    static let junk = """
        (func (export "junk") (local i64 i64 i64 i64 i64 i64)
          (local.set 0 (i64.const 3)) (local.set 1 (i64.const 3)) (local.set 2 (i64.const 3))
          (local.set 3 (i64.const 3)) (local.set 4 (i64.const 3)) (local.set 5 (i64.const 3)))
        """

    /// Seed 103200: a `br_table` to the function's label whose values include a local that the
    /// results overwrite. The first target's path saved the local; the others read the save slot
    /// without having written it (result f64 bits 3 instead of 0).
    @Test("br_table returning a local that the results overwrite")
    func branchTableReturn() throws {
        let report = try WastRunner(fileName: "br_table_return.wast").run(
            source: """
                (module \(Self.junk)
                  (func (export "table") (param i32) (result i32 f64) (local i64)
                    i32.const 0 local.get 1 f64.reinterpret_i64 local.get 0 br_table 0 0))
                (invoke "junk") (assert_return (invoke "table" (i32.const 0)) (i32.const 0) (f64.const 0))
                (invoke "junk") (assert_return (invoke "table" (i32.const 1)) (i32.const 0) (f64.const 0))
                (invoke "junk") (assert_return (invoke "table" (i32.const 9)) (i32.const 0) (f64.const 0))
                """)
        #expect(report.failures == [])
        #expect(report.passed == 3)
    }

    /// The same defect through `br_if`: the path that falls through read a temp that only the
    /// taken branch had written (results (6, 3) instead of (6, 5)).
    @Test("br_if to the function's label, not taken")
    func branchIfReturn() throws {
        let report = try WastRunner(fileName: "br_if_return.wast").run(
            source: """
                (module \(Self.junk)
                  (func (export "branch") (param i32) (result i64 i64) (local i64 i64)
                    (local.set 1 (i64.const 5)) (local.set 2 (i64.const 6))
                    local.get 2 local.get 1 local.get 0 br_if 0))
                (invoke "junk") (assert_return (invoke "branch" (i32.const 0)) (i64.const 6) (i64.const 5))
                (invoke "junk") (assert_return (invoke "branch" (i32.const 1)) (i64.const 6) (i64.const 5))
                """)
        #expect(report.failures == [])
        #expect(report.passed == 2)
    }
}
