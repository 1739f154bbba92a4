package reports

import (
	"encoding/json"
	"strings"
	"testing"
)

// refs collects every "reference" value in a decoded JSON tree.
func refs(v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if s, ok := val.(string); ok && k == "reference" {
				*out = append(*out, s)
				continue
			}
			refs(val, out)
		}
	case []any:
		for _, val := range x {
			refs(val, out)
		}
	}
}

func codesOf(res map[string]any) []string {
	var out []string
	code, _ := res["code"].(map[string]any)
	cs, _ := code["coding"].([]any)
	for _, c := range cs {
		m := c.(map[string]any)
		out = append(out, m["system"].(string)+"|"+m["code"].(string))
	}
	return out
}

func TestFHIRBundle(t *testing.T) {
	c := analysed(t, chestPainInput("en"))
	b, err := FHIRBundle(c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !json.Valid(b) {
		t.Fatal("bundle is not valid JSON")
	}
	mustNotContain(t, "FHIR bundle", string(b), identifiers()...)
	var bundle map[string]any
	if err := json.Unmarshal(b, &bundle); err != nil {
		t.Fatal(err)
	}
	if bundle["resourceType"] != "Bundle" || (bundle["type"] != "collection" && bundle["type"] != "document") {
		t.Fatalf("bundle header: %v %v", bundle["resourceType"], bundle["type"])
	}
	entries := bundle["entry"].([]any)
	full := map[string]map[string]any{}
	count := map[string]int{}
	codes := map[string]bool{}
	for _, e := range entries {
		em := e.(map[string]any)
		url, _ := em["fullUrl"].(string)
		res := em["resource"].(map[string]any)
		rt, _ := res["resourceType"].(string)
		if rt == "" || url == "" {
			t.Fatalf("entry without resourceType or fullUrl: %v", em)
		}
		if full[url] != nil {
			t.Fatalf("fullUrl %s used twice", url)
		}
		if id, _ := res["id"].(string); !strings.HasSuffix(url, id) {
			t.Errorf("%s: id %v does not match fullUrl %s", rt, res["id"], url)
		}
		full[url] = res
		count[rt]++
		for _, c := range codesOf(res) {
			codes[c] = true
		}
		if rt == "Observation" {
			if res["status"] != "final" || res["subject"] == nil || res["code"] == nil {
				t.Errorf("observation lacks status/subject/code: %v", res)
			}
			if res["valueQuantity"] == nil && res["valueString"] == nil && res["component"] == nil {
				t.Errorf("observation without a value: %v", res["code"])
			}
		}
	}
	for rt, n := range map[string]int{"Patient": 1, "Encounter": 1, "DiagnosticReport": 1, "ClinicalImpression": 1} {
		if count[rt] != n {
			t.Errorf("%d %s resources, want %d", count[rt], rt, n)
		}
	}
	// 8 vitals (HR, RR, temp, SpO2, BP, GCS, glucose, AVPU) + 3 entered labs + 1 document lab.
	if count["Observation"] != 12 {
		t.Errorf("%d observations, want 12", count["Observation"])
	}
	for _, want := range []string{"8867-4", "9279-1", "8310-5", "59408-5", "85354-9", "9269-2", "41653-7", "10839-9", "2823-3", "6301-6", "718-7"} {
		if !codes["http://loinc.org|"+want] {
			t.Errorf("no Observation with LOINC %s", want)
		}
	}
	// Every reference points at an entry of the bundle.
	var all []string
	refs(bundle, &all)
	if len(all) < 20 {
		t.Fatalf("only %d references", len(all))
	}
	for _, r := range all {
		if full[r] == nil {
			t.Errorf("dangling reference %s", r)
		}
	}
	// The patient is a pseudonym: identifier only.
	for _, res := range full {
		switch res["resourceType"] {
		case "Patient":
			if res["name"] != nil || res["birthDate"] != nil || res["telecom"] != nil || res["address"] != nil {
				t.Errorf("Patient carries identifying fields: %v", res)
			}
			ids := res["identifier"].([]any)
			if len(ids) != 1 || ids[0].(map[string]any)["value"] != c.PatientRef {
				t.Errorf("Patient identifier = %v, want the pseudonym", ids)
			}
		case "DiagnosticReport":
			if res["conclusion"] != c.Analysis.FinalReport.Synthesis {
				t.Error("DiagnosticReport.conclusion is not the synthesis")
			}
			if len(res["result"].([]any)) != 4 {
				t.Errorf("DiagnosticReport results: %v", res["result"])
			}
		case "ClinicalImpression":
			if res["status"] != "completed" || res["summary"] == nil || res["finding"] == nil {
				t.Errorf("ClinicalImpression incomplete: %v", res)
			}
		case "Encounter":
			if res["status"] != "finished" || res["class"] == nil {
				t.Errorf("Encounter incomplete: %v", res)
			}
		}
	}
	// Same case, same bundle.
	again, _ := FHIRBundle(c, Options{})
	if string(again) != string(b) {
		t.Error("bundle is not deterministic")
	}
}

func TestLabCodes(t *testing.T) {
	cases := map[string]string{"hs-troponin T": "67151-1", "Troponina I ultrassensível": "89579-7", "troponin I": "10839-9", "potássio": "2823-3", "creatinina": "2160-0", "lítio sérico": "14334-7"}
	for name, want := range cases {
		if l, ok := labCode(name); !ok || l.code != want {
			t.Errorf("labCode(%q) = %v %v, want %s", name, l, ok, want)
		}
	}
	if _, ok := labCode("troponin"); ok {
		t.Error("an unspecified troponin assay got a guessed LOINC code")
	}
	if _, ok := labCode("favourite colour"); ok {
		t.Error("nonsense got a LOINC code")
	}
	if u, ok := ucum("mEq/L"); !ok || u != "meq/L" {
		t.Errorf("ucum(mEq/L) = %q", u)
	}
}
