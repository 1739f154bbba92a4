package phi

// Checksums and issuing rules for the identifiers that have them. Every
// function takes the identifier with or without punctuation and ignores
// anything that is not a digit (or, for the alphanumeric CNPJ, a letter).

// digitsOf returns the ASCII digits of s as values 0-9.
func digitsOf(s string, buf []int) []int {
	buf = buf[:0]
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			buf = append(buf, int(c-'0'))
		}
	}
	return buf
}

// ValidCPF reports whether s holds a valid Brazilian CPF (11 digits, two
// mod-11 check digits, not all digits equal).
func ValidCPF(s string) bool {
	var b [16]int
	d := digitsOf(s, b[:0])
	if len(d) != 11 {
		return false
	}
	same := true
	for _, x := range d[1:] {
		if x != d[0] {
			same = false
		}
	}
	if same {
		return false
	}
	for k := 9; k <= 10; k++ {
		sum := 0
		for i := 0; i < k; i++ {
			sum += d[i] * (k + 1 - i)
		}
		r := sum * 10 % 11
		if r == 10 {
			r = 0
		}
		if r != d[k] {
			return false
		}
	}
	return true
}

// cnpjValue maps a CNPJ character to its value: digits 0-9, and for the
// alphanumeric CNPJ (from July 2026) letters A-Z as their ASCII code - 48.
func cnpjValue(c byte) (int, bool) {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0'), true
	case c >= 'A' && c <= 'Z':
		return int(c) - 48, true
	case c >= 'a' && c <= 'z':
		return int(c-32) - 48, true
	}
	return 0, false
}

// ValidCNPJ reports whether s holds a valid CNPJ: 12 alphanumeric characters
// (digits only before July 2026) followed by two mod-11 check digits.
// Punctuation (. / -) and spaces are ignored.
func ValidCNPJ(s string) bool {
	var v [14]int
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '.' || c == '/' || c == '-' || c == ' ' {
			continue
		}
		x, ok := cnpjValue(c)
		if !ok || n >= 14 {
			return false
		}
		if n >= 12 && (c < '0' || c > '9') {
			return false // check digits are always digits
		}
		v[n] = x
		n++
	}
	if n != 14 {
		return false
	}
	same := true
	for _, x := range v[1:] {
		if x != v[0] {
			same = false
		}
	}
	if same {
		return false
	}
	w1 := []int{5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}
	w2 := []int{6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}
	check := func(w []int) int {
		sum := 0
		for i, x := range w {
			sum += v[i] * x
		}
		r := sum % 11
		if r < 2 {
			return 0
		}
		return 11 - r
	}
	return check(w1) == v[12] && check(w2) == v[13]
}

// ValidCNS reports whether s holds a valid Cartão Nacional de Saúde number:
// 15 digits; definitive numbers start with 1 or 2 and carry a check digit
// derived from the PIS part; provisional ones start with 7, 8 or 9 and have a
// weighted sum divisible by 11.
func ValidCNS(s string) bool {
	var b [20]int
	d := digitsOf(s, b[:0])
	if len(d) != 15 {
		return false
	}
	weighted := func() int {
		sum := 0
		for i, x := range d {
			sum += x * (15 - i)
		}
		return sum
	}
	switch d[0] {
	case 1, 2:
		sum := 0
		for i := 0; i < 11; i++ {
			sum += d[i] * (15 - i)
		}
		dv := 11 - sum%11
		if dv == 11 {
			dv = 0
		}
		var want [15]int
		copy(want[:11], d[:11])
		if dv == 10 {
			sum += 2
			dv = 11 - sum%11
			want[11], want[12], want[13], want[14] = 0, 0, 1, dv
		} else {
			want[11], want[12], want[13], want[14] = 0, 0, 0, dv
		}
		return want == [15]int(d) && weighted()%11 == 0
	case 7, 8, 9:
		return weighted()%11 == 0
	}
	return false
}

// luhn reports whether the digits pass the Luhn check.
func luhn(d []int) bool {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		x := d[i]
		if (len(d)-1-i)%2 == 1 {
			x *= 2
			if x > 9 {
				x -= 9
			}
		}
		sum += x
	}
	return sum%10 == 0
}

// ValidNPI reports whether s holds a valid US National Provider Identifier:
// 10 digits starting with 1 or 2 whose Luhn check over "80840"+digits holds.
func ValidNPI(s string) bool {
	var b [16]int
	d := digitsOf(s, b[:0])
	if len(d) != 10 || (d[0] != 1 && d[0] != 2) {
		return false
	}
	full := append([]int{8, 0, 8, 4, 0}, d...)
	return luhn(full)
}

// ValidDEA reports whether s is a valid DEA registration number: two letters
// (the first a registrant type) and seven digits whose last digit is the
// check digit of (d1+d3+d5) + 2*(d2+d4+d6).
func ValidDEA(s string) bool {
	if len(s) != 9 {
		return false
	}
	a, b := s[0]|0x20, s[1]|0x20
	if a < 'a' || a > 'z' || !(b >= 'a' && b <= 'z' || s[1] == '9') {
		return false
	}
	var d [7]int
	for i := 0; i < 7; i++ {
		c := s[2+i]
		if c < '0' || c > '9' {
			return false
		}
		d[i] = int(c - '0')
	}
	sum := d[0] + d[2] + d[4] + 2*(d[1]+d[3]+d[5])
	return sum%10 == d[6]
}

// ValidSSN reports whether s (9 digits, with or without dashes) follows the
// SSA issuing rules: area not 000, 666 or 900-999; group not 00; serial not
// 0000.
func ValidSSN(s string) bool {
	var b [12]int
	d := digitsOf(s, b[:0])
	if len(d) != 9 {
		return false
	}
	area := d[0]*100 + d[1]*10 + d[2]
	group := d[3]*10 + d[4]
	serial := d[5]*1000 + d[6]*100 + d[7]*10 + d[8]
	return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
}
