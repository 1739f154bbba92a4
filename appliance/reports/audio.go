package reports

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"time"
)

// ErrAudioTools means espeak-ng or lame is not installed.
var ErrAudioTools = errors.New("spoken summary unavailable: install the Debian packages espeak-ng and lame (apt-get install espeak-ng lame)")

// AudioTimeout bounds one synthesis.
const AudioTimeout = 60 * time.Second

// Voice returns the espeak-ng voice for a language.
func Voice(lang string) string {
	if NormLang(lang) == LangPT {
		return "pt-br"
	}
	return "en-us"
}

// AudioAvailable reports whether the synthesis tools are installed.
func AudioAvailable() error {
	var missing []string
	for _, tool := range []string{"espeak-ng", "lame"} {
		if _, err := exec.LookPath(tool); err != nil {
			missing = append(missing, tool)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%w (missing: %s)", ErrAudioTools, strings.Join(missing, ", "))
	}
	return nil
}

// SpokenText is what the audio says: the patient summary, preceded by the
// patient's name only when identifiers were chosen.
func SpokenText(c Case, opt Options) (string, string, error) {
	if err := Ready(c); err != nil {
		return "", "", err
	}
	lang := NormLang(opt.Language)
	if opt.Language == "" {
		lang = CaseLanguage(c)
	}
	c, err := Localize(c, lang)
	if err != nil {
		return "", "", err
	}
	p := PatientText(c, opt)
	text := p.Text()
	if opt.IncludeIdentifiers && c.Input.Patient != nil && c.Input.Patient.Name != "" {
		text = c.Input.Patient.Name + ". " + text
	}
	return text, lang, nil
}

// SpokenMP3 synthesises the patient summary: espeak-ng (voice matched to
// the language) writes WAV to a pipe, lame encodes it to a mono MP3.
func SpokenMP3(ctx context.Context, c Case, opt Options) ([]byte, error) {
	text, lang, err := SpokenText(c, opt)
	if err != nil {
		return nil, err
	}
	return Synthesize(ctx, text, lang)
}

// Synthesize speaks text in lang and returns MP3 bytes.
func Synthesize(ctx context.Context, text, lang string) ([]byte, error) {
	if err := AudioAvailable(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, AudioTimeout)
	defer cancel()
	speak := exec.CommandContext(ctx, "espeak-ng", "-v", Voice(lang), "-s", "150", "--stdin", "--stdout")
	speak.Stdin = strings.NewReader(text)
	var speakErr, lameErr bytes.Buffer
	speak.Stderr = &speakErr
	wav, err := speak.StdoutPipe()
	if err != nil {
		return nil, err
	}
	enc := exec.CommandContext(ctx, "lame", "--quiet", "-m", "m", "-b", "48", "--tt", "Patient summary", "-", "-")
	var out bytes.Buffer
	enc.Stdin = wav
	enc.Stdout = &out
	enc.Stderr = &lameErr
	if err := speak.Start(); err != nil {
		return nil, fmt.Errorf("reports: start espeak-ng: %w", err)
	}
	if err := enc.Start(); err != nil {
		speak.Process.Kill()
		speak.Wait()
		return nil, fmt.Errorf("reports: start lame: %w", err)
	}
	encErr := enc.Wait()
	if encErr != nil {
		// lame stopped reading: do not leave espeak-ng blocked on the pipe.
		io.Copy(io.Discard, wav)
	}
	spErr := speak.Wait()
	if ctx.Err() != nil {
		return nil, fmt.Errorf("reports: speech synthesis timed out after %s", AudioTimeout)
	}
	if spErr != nil {
		return nil, fmt.Errorf("reports: espeak-ng failed: %v: %s", spErr, strings.TrimSpace(speakErr.String()))
	}
	if encErr != nil {
		return nil, fmt.Errorf("reports: lame failed: %v: %s", encErr, strings.TrimSpace(lameErr.String()))
	}
	if out.Len() == 0 {
		return nil, errors.New("reports: lame produced no audio")
	}
	return out.Bytes(), nil
}
