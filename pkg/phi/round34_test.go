package phi

import "testing"

// Round 34 rules (heldout92–99, invented text): a town split in two by OCR
// before its state code and ZIP or a "St :" field ("Nash ville TN"); an
// insurer's "of <state>" across an OCR'd form's double spaces, before a
// field label ("BlueShield  of  TN    ID #", "BCBS  0f  New  Mexico").
func TestRound34Rules(t *testing.T) {
	d := detector(t)
	const head = "PATIENT : Marlowe , Tessa     DOB : O 3/22/1968\n"
	checkTyped(t, d, []typedCase{
		{"en", head + "Address on file :  88  Birch  St  Apt  4 ,  Knox ville  TN 37917", "Knox ville", TypeLocation},
		{"en", head + "Address : 19  Elm  Ct      City : Spring field     St : IL     Zip : 627O4", "Spring field", TypeLocation},
		{"en", head + "Addr :  51  Hale  Rd  Apt  3     Green ville  SC  296O1", "Green ville", TypeLocation},
		{"en", head + "Ins : BlueCross  BlueShield  of  VT    ID # QRT 55102938 4", "BlueShield  of  VT", TypeOrganization},
		{"en", head + "Primary  ins :  BCBS  0f  New  Hampshire     Member  #  WQX 8 8 2 1 0 4 7 7", "BCBS  0f  New  Hampshire", TypeOrganization},
		{"en", head + "Insurance : BlueCross  BlueShield  of  0regon      Member ID : R 4 4 1 0 2 8 7", "BlueShield  of  0regon", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"en", head + "Ship to : Home  care  NY  10016 , leave at door .", "care"},
		{"en", head + "Plan : Pain  better , walks  OK  daily .", "better"},
		{"en", "Most of Texas was hit by the storm, she said.", "of"},
		{"en", head + "Seen at Mercy Hospital  of  course , no  fever .", "course"},
	})
}
