import { sign } from '../../lambda/services/stores/sigv4';

describe('Signature Version 4', () => {
  it('signs AWS’s own published example (IAM ListUsers, 2015-08-30) to the signature AWS gives for it', () => {
    // docs.aws.amazon.com, "Signature Version 4 signing process": the example request and credentials.
    const headers = sign(
      {
        method: 'GET',
        path: '/',
        query: 'Action=ListUsers&Version=2010-05-08',
        headers: { host: 'iam.amazonaws.com', 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: '',
        region: 'us-east-1',
        service: 'iam',
      },
      { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
      new Date('2015-08-30T12:36:00Z'),
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, ' +
        'Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
    );
    expect(headers['x-amz-date']).toBe('20150830T123600Z');
  });

  it('signs a role’s session token with the request', () => {
    const headers = sign(
      { method: 'POST', path: '/', headers: { host: 'dynamodb.eu-west-1.amazonaws.com' }, body: '{}', region: 'eu-west-1', service: 'dynamodb' },
      { accessKeyId: 'AKID', secretAccessKey: 'secret', sessionToken: 'TOKEN' },
      new Date('2026-11-29T12:00:00Z'),
    );
    expect(headers['x-amz-security-token']).toBe('TOKEN');
    expect(headers.authorization).toContain('SignedHeaders=host;x-amz-date;x-amz-security-token,');
  });
});
