package store

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// The API accepts a subset of FTS5 query syntax: words, "phrases", prefix*
// terms, AND / OR / NOT and parentheses; adjacent terms mean AND. ftsQuery
// parses that subset and re-emits it with every term quoted, so no user input
// reaches FTS5's own parser unquoted: a bad query is a 400 at parse time, not
// an SQL error at query time.

const (
	maxQueryLen   = 1000
	maxQueryDepth = 20
)

type ftsTok struct {
	kind byte // 'w' word, 'p' phrase, '(' ')', 'A' AND, 'O' OR, 'N' NOT
	text string
	star bool
}

func ftsLex(q string) ([]ftsTok, error) {
	var toks []ftsTok
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '(' || c == ')':
			toks = append(toks, ftsTok{kind: c})
			i++
		case c == '"':
			j := strings.IndexByte(q[i+1:], '"')
			if j < 0 {
				return nil, errors.New("unterminated quoted phrase")
			}
			t := ftsTok{kind: 'p', text: q[i+1 : i+1+j]}
			i += j + 2
			if i < len(q) && q[i] == '*' {
				t.star = true
				i++
			}
			toks = append(toks, t)
		case c == '*':
			return nil, errors.New("'*' must follow a word")
		default:
			j := i
			for j < len(q) && !strings.ContainsRune(" \t\n\r()\"*", rune(q[j])) {
				j++
			}
			w := q[i:j]
			i = j
			star := false
			if i < len(q) && q[i] == '*' {
				star = true
				i++
			}
			switch {
			case w == "AND" && !star:
				toks = append(toks, ftsTok{kind: 'A'})
			case w == "OR" && !star:
				toks = append(toks, ftsTok{kind: 'O'})
			case w == "NOT" && !star:
				toks = append(toks, ftsTok{kind: 'N'})
			default:
				toks = append(toks, ftsTok{kind: 'w', text: w, star: star})
			}
		}
	}
	return toks, nil
}

type ftsParser struct {
	toks  []ftsTok
	pos   int
	depth int
}

func (p *ftsParser) peek() byte {
	if p.pos < len(p.toks) {
		return p.toks[p.pos].kind
	}
	return 0
}

// or := and ("OR" and)*
func (p *ftsParser) or() (string, error) {
	left, err := p.and()
	if err != nil {
		return "", err
	}
	for p.peek() == 'O' {
		p.pos++
		right, err := p.and()
		if err != nil {
			return "", err
		}
		left = "(" + left + " OR " + right + ")"
	}
	return left, nil
}

// and := not (["AND"] not)*
func (p *ftsParser) and() (string, error) {
	left, err := p.not()
	if err != nil {
		return "", err
	}
	for {
		switch p.peek() {
		case 'A':
			p.pos++
		case 'w', 'p', '(':
		default:
			return left, nil
		}
		right, err := p.not()
		if err != nil {
			return "", err
		}
		left = "(" + left + " AND " + right + ")"
	}
}

// not := primary ("NOT" primary)*; FTS5's NOT is binary, "a NOT b".
func (p *ftsParser) not() (string, error) {
	left, err := p.primary()
	if err != nil {
		return "", err
	}
	for p.peek() == 'N' {
		p.pos++
		right, err := p.primary()
		if err != nil {
			return "", err
		}
		left = "(" + left + " NOT " + right + ")"
	}
	return left, nil
}

func quoteFTS(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func (p *ftsParser) primary() (string, error) {
	if p.pos >= len(p.toks) {
		return "", errors.New("query ends where a term was expected")
	}
	t := p.toks[p.pos]
	p.pos++
	switch t.kind {
	case 'w', 'p':
		out := quoteFTS(t.text)
		if t.star {
			out += "*"
		}
		return out, nil
	case '(':
		p.depth++
		if p.depth > maxQueryDepth {
			return "", errors.New("parentheses nested too deeply")
		}
		inner, err := p.or()
		if err != nil {
			return "", err
		}
		if p.peek() != ')' {
			return "", errors.New("missing ')'")
		}
		p.pos++
		p.depth--
		return inner, nil
	case ')':
		return "", errors.New("unexpected ')'")
	case 'A', 'O', 'N':
		return "", errors.New("operator where a term was expected (AND, OR and NOT join two terms)")
	}
	return "", fmt.Errorf("unexpected token")
}

// ftsQuery validates a user query and returns the safe FTS5 expression.
func ftsQuery(q string) (string, error) {
	if len(q) > maxQueryLen {
		return "", fmt.Errorf("longer than %d bytes", maxQueryLen)
	}
	if !utf8.ValidString(q) {
		return "", errors.New("not valid UTF-8")
	}
	if strings.IndexByte(q, 0) >= 0 {
		return "", errors.New("contains a NUL byte")
	}
	toks, err := ftsLex(q)
	if err != nil {
		return "", err
	}
	if len(toks) == 0 {
		return "", errors.New("empty query")
	}
	p := &ftsParser{toks: toks}
	out, err := p.or()
	if err != nil {
		return "", err
	}
	if p.pos != len(toks) {
		return "", errors.New("unexpected text after the query (unbalanced ')'?)")
	}
	return out, nil
}
